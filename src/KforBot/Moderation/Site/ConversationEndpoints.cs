using System.Data.Common;
using KforBot.Log;
using KforBot.Log.Storage;
using KforBot.Moderation.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Moderation.Site;

/// <summary>The conversations list, one conversation and the moderator's actions on it, "next unreviewed".</summary>
internal static class ConversationEndpoints
{
    public const int MaximumNoteLength = 2000;

    // The notice after a change is chosen by key: the query string is anyone's to write, so its text is never shown.
    private static readonly Dictionary<string, string> SavedNotices = new(StringComparer.Ordinal)
    {
        ["reviewed"] = "Marked reviewed.",
        ["flagged"] = "Flagged.",
        ["new"] = "Set back to new.",
        ["note"] = "Note saved.",
    };

    public static void Map(IEndpointRouteBuilder site)
    {
        site.MapGet("/", ListAsync);
        site.MapGet("/conversations/next", NextAsync);
        site.MapGet("/conversations/{id}", ShowAsync);
        site.MapPost("/conversations/{id}", ReviewAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext context, InteractionQueries queries, IOptions<ModerationOptions> options, TimeProvider time)
    {
        var query = ConversationQuery.Read(context.Request.Query);
        var pageSize = options.Value.PageSize;
        var ct = context.RequestAborted;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var todays = await queries.SummarizeAsync(new InteractionFilter(Since: ConversationQuery.Start(today)), ct).ConfigureAwait(false);
        var matching = await queries.SummarizeAsync(query.Filter(), ct).ConfigureAwait(false);
        var pages = ConversationsPage.Pages(matching, pageSize);
        if (query.Page > pages)
        {
            // A bookmark from a longer list, or a page typed by hand: the last page there is, rather than "page 9 of 1".
            return Results.Redirect("/" + query.QueryString(pages));
        }

        var entries = await queries.ListAsync(query.Filter(pageSize), ct).ToListAsync(ct).ConfigureAwait(false);
        return Layout.Page(context, "Conversations", ConversationsPage.Render(query, todays, matching, entries, pageSize));
    }

    private static async Task<IResult> NextAsync(HttpContext context, InteractionQueries queries)
    {
        var query = ConversationQuery.Read(context.Request.Query) with { Status = "new" };
        var next = await queries.ListAsync(query.Filter() with { Limit = 1 }, context.RequestAborted).FirstOrDefaultAsync(context.RequestAborted).ConfigureAwait(false);
        var filters = (query with { Status = ConversationQuery.Read(context.Request.Query).Status }).QueryString();
        return next is null
            ? Layout.Page(context, "All reviewed", Html.Of($"""<h1>All reviewed</h1><p>No unreviewed conversation matches these filters.</p><p><a href="/{filters}">Back to the list</a></p>"""))
            : Results.Redirect($"/conversations/{Uri.EscapeDataString(next.Id)}{filters}");
    }

    private static async Task<IResult> ShowAsync(HttpContext context, string id, InteractionQueries queries, ShownPassages shownPassages)
    {
        var entry = await queries.FindAsync(id, context.RequestAborted).ConfigureAwait(false);
        if (entry is null)
        {
            return NotFound(context);
        }

        var passages = await shownPassages.FindAsync(entry, context.RequestAborted).ConfigureAwait(false);
        var notice = SavedNotices.GetValueOrDefault(context.Request.Query["saved"].ToString());
        return Layout.Page(context, "Conversation", ConversationPage.Render(context, entry, passages, ConversationQuery.Read(context.Request.Query), notice));
    }

    private static async Task<IResult> ReviewAsync(HttpContext context, string id, IFormCollection form, InteractionQueries queries, InteractionReviews reviews, ILogger<InteractionQueries> logger)
    {
        var ct = context.RequestAborted;
        var entry = await queries.FindAsync(id, ct).ConfigureAwait(false);
        if (entry is null)
        {
            return NotFound(context);
        }

        var action = form["status"].ToString();
        var status = action switch
        {
            "reviewed" => ModerationStatus.Reviewed,
            "flagged" => ModerationStatus.Flagged,
            "new" => ModerationStatus.New,
            _ => entry.Status,
        };
        var note = form["note"].ToString().Trim();
        if (note.Length > MaximumNoteLength)
        {
            return Layout.Page(context, "Note too long", Html.Of($"""<h1>Note too long</h1><p>A note holds at most {MaximumNoteLength} characters (this one has {note.Length}). Go back, shorten it and save again.</p>"""), StatusCodes.Status400BadRequest);
        }

        try
        {
            await reviews.SetStatusAsync(id, status, note.Length == 0 ? null : note, ct).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            return Layout.Page(context, "Not saved", Html.Of($"""<h1>Not saved</h1><p>The log could not be written just now ({e.Message}). Nothing was changed; go back and try again in a moment.</p>"""), StatusCodes.Status503ServiceUnavailable);
        }

        Diagnostics.StatusSet(logger, context.User.Identity?.Name ?? "?", id, LogNames.Of(status));
        var filters = ConversationQuery.Read(context.Request.Query).QueryString();
        var saved = action == "keep" ? "note" : LogNames.Of(status);
        return Results.Redirect($"/conversations/{Uri.EscapeDataString(id)}{filters}{(filters.Length == 0 ? "?" : "&")}saved={saved}");
    }

    private static IResult NotFound(HttpContext context) =>
        Layout.Page(context, "Not found", Html.Of($"""<h1>Not found</h1><p>There is no such conversation: it may have been deleted by retention or /forget.</p><p><a href="/">Back to the list</a></p>"""), StatusCodes.Status404NotFound);
}
