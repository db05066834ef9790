namespace KforBot.Moderation.Site;

/// <summary>The site's one style sheet, embedded in the program (no files to deploy beside it).</summary>
internal static class Css
{
    public static string Text { get; } = Read();

    private static string Read()
    {
        using var stream = typeof(Css).Assembly.GetManifestResourceStream("KforBot.Moderation.Site.site.css")
            ?? throw new InvalidOperationException("The style sheet is missing from the program.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
