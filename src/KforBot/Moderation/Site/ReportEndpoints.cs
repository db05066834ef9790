using System.Globalization;
using KforBot.Log;
using KforBot.Log.Output;
using KforBot.Log.Storage;
using KforBot.Moderation.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KforBot.Moderation.Site;

/// <summary>The exports of the current filter (the fields of <c>logs list --json</c>) and the corpus gaps.</summary>
internal static class ReportEndpoints
{
    public static void Map(IEndpointRouteBuilder site)
    {
        site.MapGet("/export.csv", (HttpContext context, InteractionQueries queries, TimeProvider time) =>
            ExportAsync(context, queries, time, "csv", "text/csv; charset=utf-8", EntryCsv.Header, EntryCsv.Line));
        site.MapGet("/export.jsonl", (HttpContext context, InteractionQueries queries, TimeProvider time) =>
            ExportAsync(context, queries, time, "jsonl", "application/jsonl; charset=utf-8", null, EntryJson.Serialize));
        site.MapGet("/gaps", GapsAsync);
    }

    private static async Task ExportAsync(
        HttpContext context, InteractionQueries queries, TimeProvider time, string extension, string contentType, string? header, Func<InteractionEntry, string> line)
    {
        var query = ConversationQuery.Read(context.Request.Query);
        var ct = context.RequestAborted;
        var response = context.Response;
        response.ContentType = contentType;
        var day = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        response.Headers.ContentDisposition = $"attachment; filename=\"kforbot-conversations-{day}.{extension}\"";
        await using var writer = new StreamWriter(response.Body, leaveOpen: true);
        if (header is not null)
        {
            await writer.WriteLineAsync(header.AsMemory(), ct).ConfigureAwait(false);
        }

        await foreach (var entry in queries.ListAsync(query.Filter(), ct).ConfigureAwait(false))
        {
            await writer.WriteLineAsync(line(entry).AsMemory(), ct).ConfigureAwait(false);
        }

        await writer.FlushAsync(ct).ConfigureAwait(false);
    }

    private static async Task<IResult> GapsAsync(HttpContext context, CorpusGaps gaps)
    {
        var from = ConversationQuery.Read(context.Request.Query).From;
        var found = await gaps.FindAsync(from is { } day ? ConversationQuery.Start(day) : null, context.RequestAborted).ConfigureAwait(false);
        return Layout.Page(context, "Corpus gaps", GapsPage.Render(found, from));
    }
}
