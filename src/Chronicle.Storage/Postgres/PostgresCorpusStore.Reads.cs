using System.Data.Common;

namespace Chronicle.Storage.Postgres;

/// <summary>How PostgreSQL hands back what the shared reads ask for.</summary>
public sealed partial class PostgresCorpusStore
{
    protected override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);
}
