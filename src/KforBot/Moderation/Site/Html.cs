using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace KforBot.Moderation.Site;

/// <summary>
/// A piece of HTML. Built only through <see cref="HtmlBuilder"/>: every value put into an <c>Html</c>
/// interpolation is HTML-encoded unless it is itself <c>Html</c>, so user text cannot become markup by accident.
/// </summary>
internal readonly struct Html
{
    // Markup characters are always encoded; letters of every script stay as they are, so the source reads plainly.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly string? _markup;

    private Html(string markup) => _markup = markup;

    public static Html Empty { get; } = new(string.Empty);

    public static Html Of(HtmlBuilder builder) => new(builder.ToString());

    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p._markup)));

    public static Html When(bool condition, HtmlBuilder builder) => condition ? new(builder.ToString()) : Empty;

    /// <summary>Markup written in this program's own source, never text that came from outside.</summary>
    public static Html Trusted(string markup) => new(markup);

    public override string ToString() => _markup ?? string.Empty;

    /// <summary>The interpolation that encodes its values.</summary>
    [InterpolatedStringHandler]
    internal ref struct HtmlBuilder
    {
        private readonly StringBuilder _text;

        public HtmlBuilder(int literalLength, int formattedCount) => _text = new StringBuilder(literalLength + (formattedCount * 16));

        public readonly void AppendLiteral(string literal) => _text.Append(literal);

        public readonly void AppendFormatted(Html html) => _text.Append(html._markup);

        public readonly void AppendFormatted(IEnumerable<Html> parts) => _text.Append(Join(parts)._markup);

        public readonly void AppendFormatted<T>(T value) =>
            _text.Append(Encoder.Encode(value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value?.ToString() ?? string.Empty));

        public readonly void AppendFormatted<T>(T value, string format)
            where T : IFormattable =>
            _text.Append(Encoder.Encode(value.ToString(format, CultureInfo.InvariantCulture)));

        public override readonly string ToString() => _text.ToString();
    }
}
