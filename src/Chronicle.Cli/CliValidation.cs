using System.CommandLine.Parsing;

namespace Chronicle.Cli;

/// <summary>Shared argument checks.</summary>
public static class CliValidation
{
    /// <summary>
    /// A path argument that starts with '-' (other than '-' itself) is an option the parser did not know, not a file:
    /// report it as bad usage. A file with such a name can be given as <c>./-name</c>.
    /// </summary>
    public static void RejectUnknownOptions(ArgumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var token in result.Tokens)
        {
            if (token.Value.Length > 1 && token.Value[0] == '-')
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }
        }
    }
}
