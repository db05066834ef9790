using System.CommandLine;
using System.Globalization;
using KforBot.Formatting;
using KforBot.Search;
using KforBot.Answering.Ranking;
using Microsoft.Extensions.DependencyInjection;

namespace KforBot.Cli;

/// <summary>
/// <c>search "QUERY"</c> lists the best articles with their scores; <c>--json</c> prints one JSON object on one
/// line; <c>--json --batch</c> ranks every line of standard input, one JSON line each, in order. Articles are
/// ranked with the bot's own analysis and ranking (see <see cref="IArticleSearch"/>).
/// </summary>
internal static class SearchCommand
{
    public const int DefaultTop = 10;

    public static Command Create(CliContext context, SharedOptions shared)
    {
        var query = new Argument<string?>("query") { Description = "The query, in quotes.", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per query, on one line." };
        var batch = new Option<bool>("--batch") { Description = "Read queries from standard input, one a line, until its end." };
        var top = new Option<int>("--top") { Description = $"How many articles to list per query (default {DefaultTop}).", DefaultValueFactory = _ => DefaultTop };
        var command = new Command("search", "Rank the articles for a query, best first.") { query, json, batch, top };
        command.Validators.Add(result =>
        {
            var hasQuery = result.GetValue(query) is not null;
            var isBatch = result.GetValue(batch);
            if (hasQuery == isBatch)
            {
                result.AddError(isBatch ? "Give either a query or --batch, not both." : "Give a query in quotes, or --batch to read queries from standard input.");
            }

            if (result.GetValue(top) is < 1 or > 10_000)
            {
                result.AddError("--top must be between 1 and 10000.");
            }
        });
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            context,
            shared.Read(parse),
            async (services, ct) =>
            {
                await CommandRunner.EnsureIndexAsync(services, context, ct).ConfigureAwait(false);
                var search = services.GetRequiredService<IArticleSearch>();
                var (asJson, count) = (parse.GetValue(json), parse.GetValue(top));
                if (parse.GetValue(batch))
                {
                    await foreach (var line in InputLines.ReadAsync(context.Input, ct).ConfigureAwait(false))
                    {
                        await WriteAsync(context.Output, line, await search.SearchAsync(line, count, ct).ConfigureAwait(false), asJson).ConfigureAwait(false);
                    }
                }
                else
                {
                    var text = parse.GetValue(query)!;
                    await WriteAsync(context.Output, text, await search.SearchAsync(text, count, ct).ConfigureAwait(false), asJson).ConfigureAwait(false);
                }

                return 0;
            },
            cancellationToken));
        return command;
    }

    private static async Task WriteAsync(TextWriter output, string query, IReadOnlyList<RankedArticle> articles, bool json)
    {
        if (json)
        {
            await output.WriteLineAsync(SearchResultJson.Serialize(query, articles)).ConfigureAwait(false);
        }
        else
        {
            for (var i = 0; i < articles.Count; i++)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{i + 1,4}. {articles[i].ArticleId}  {articles[i].Score:F4}")).ConfigureAwait(false);
            }

            await output.WriteLineAsync(articles.Count == 0 ? "No article matches." : string.Empty).ConfigureAwait(false);
        }

        await output.FlushAsync().ConfigureAwait(false);
    }
}
