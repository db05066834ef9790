using System.Runtime.CompilerServices;
using System.Text;

namespace KforBot.Cli;

/// <summary>
/// The lines of a batch command's standard input, where only "\n" and "\r\n" end a line. <see cref="TextReader.ReadLine"/>
/// also ends a line at a lone "\r", which turned one pasted question into two answers and broke the batch contract:
/// one line in, one line out. A lone "\r" stays in its line (the answerer reads control characters as spaces).
/// </summary>
internal static class InputLines
{
    public static async IAsyncEnumerable<string> ReadAsync(TextReader input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new char[4096];
        var line = new StringBuilder();
        int read;
        while ((read = await input.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] == '\n')
                {
                    line.Append(buffer, start, i - start);
                    yield return Take(line);
                    start = i + 1;
                }
            }

            line.Append(buffer, start, read - start);
        }

        if (line.Length > 0)
        {
            yield return Take(line);
        }
    }

    private static string Take(StringBuilder line)
    {
        if (line.Length > 0 && line[^1] == '\r')
        {
            line.Length--;
        }

        var text = line.ToString();
        line.Clear();
        return text;
    }
}
