using KforBot.Search.Embeddings;
using KforBot.Tests.Support;

namespace KforBot.Tests.Search;

/// <summary>
/// Three short articles (six passages) in a temp folder of the test's own, with a place for their index beside
/// them: enough to build an index in a second or two.
/// </summary>
internal sealed class SmallCorpus : IDisposable
{
    /// <summary>A word no other article holds, in the article <see cref="AddArticleWithARareWord"/> adds.</summary>
    public const string RareWord = "Zubrovka";

    private readonly TempFolder _folder = new();

    public SmallCorpus()
    {
        WriteArticle("troops", "KFOR troops in Kosovo", "About 4,600 KFOR troops from 29 countries serve in Kosovo.", "Most of the soldiers are stationed at Camp Bondsteel near Ferizaj.");
        // Five passages: "He said …" stays with the sentence that names him.
        WriteArticle("visit", "NATO chief visits Pristina", "The NATO Secretary General visited Pristina on 3 March 2025.", "He said the alliance would keep its mission in Kosovo as long as needed.");
        WriteArticle("patrols", "Patrols in the north", "KFOR patrols in northern Kosovo were increased after the tensions of 2023.", "Italian and Polish units patrol the bridge in Mitrovica.");
    }

    public string Directory => _folder.Combine("corpus");

    public string IndexPath => _folder.Combine("index");

    /// <summary>A path in the temp folder, beside the corpus.</summary>
    public string Combine(params string[] parts) => _folder.Combine(parts);

    /// <summary>Writes a file in the temp folder, beside the corpus (or in it: "corpus/...").</summary>
    public string Write(string relativePath, string content) => _folder.Write(relativePath, content);

    /// <summary>Writes (or rewrites) one article file of the corpus: a title and one passage per paragraph.</summary>
    public string WriteArticle(string name, string title, params string[] paragraphs) =>
        Write($"corpus/{name}.md", $"---\ntitle: \"{title}\"\noutlet: \"Test Outlet\"\npublished: \"2025-03-04\"\n---\n\n{string.Join("\n\n", paragraphs)}\n");

    /// <summary>Adds the article "radio", the only one with <see cref="RareWord"/>.</summary>
    public void AddArticleWithARareWord() =>
        WriteArticle("radio", "A new radio for KFOR", $"A KFOR unit tested the new {RareWord} radio system near Mitrovica in May 2025.");

    /// <summary>The answering services over this corpus and its index.</summary>
    public IndexServices Services(IPassageEncoder? encoder = null) => new(Directory, IndexPath, encoder);

    public void Dispose() => _folder.Dispose();
}
