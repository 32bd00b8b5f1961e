namespace Chronicle.Distributed.Tests;

/// <summary>
/// One PostgreSQL cluster and one NATS server for all tests in the collection (each test makes its own database and
/// queue). When a server program is missing the tests skip and say which package to install.
/// </summary>
public sealed class ServersFixture : IDisposable
{
    private readonly Lazy<PostgresServer> _postgres = new(PostgresServer.Start);
    private readonly Lazy<NatsServer> _nats = new(NatsServer.Start);

    public PostgresServer Postgres
    {
        get
        {
            var missing = PostgresServer.Missing();
            Skip.If(missing is not null, missing);
            return _postgres.Value;
        }
    }

    public NatsServer Nats
    {
        get
        {
            var missing = NatsServer.Missing();
            Skip.If(missing is not null, missing);
            return _nats.Value;
        }
    }

    public void Dispose()
    {
        if (_nats.IsValueCreated)
        {
            _nats.Value.Dispose();
        }

        if (_postgres.IsValueCreated)
        {
            _postgres.Value.Dispose();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ServerGroup : ICollectionFixture<ServersFixture>
{
    public const string Name = "servers";
}
