using System.Text;

namespace Chronicle.Corpus.Sources;

/// <summary>Reads lines like <see cref="TextReader.ReadLine"/> but never holds more than a set number of characters.</summary>
internal sealed class BoundedLineReader(TextReader reader, int maxChars)
{
    private readonly StringBuilder _line = new();

    /// <summary>The next line; <c>TooLong</c> when it exceeded the cap (its text is then dropped). Null at end of input.</summary>
    public (string Text, bool TooLong)? Next()
    {
        _line.Clear();
        var tooLong = false;
        var any = false;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                return any ? (_line.ToString(), tooLong) : null;
            }

            any = true;
            if (c == '\n')
            {
                break;
            }

            if (tooLong)
            {
                continue;
            }

            if (_line.Length >= maxChars)
            {
                tooLong = true;
                _line.Clear();
                continue;
            }

            _line.Append((char)c);
        }

        if (_line.Length > 0 && _line[^1] == '\r')
        {
            _line.Length--;
        }

        return (_line.ToString(), tooLong);
    }
}
