using System.Text.Encodings.Web;
using System.Text.Json;

namespace Chronicle.Cli.Commands.Corpus;

/// <summary>How corpus commands print <c>--json</c>: one compact camelCase object per line.</summary>
public static class CorpusJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static string Line<T>(T value) => JsonSerializer.Serialize(value, Options);
}
