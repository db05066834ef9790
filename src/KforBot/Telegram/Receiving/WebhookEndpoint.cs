using System.Text.Json;
using KforBot.Telegram.Sending;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace KforBot.Telegram.Receiving;

/// <summary>
/// The webhook: Telegram POSTs each update here. A request without the right secret header gets 401. An update is
/// answered before the reply, so 200 means it is safely handled and recorded; when Telegram could not take the answer
/// (or the bot is not started yet) the reply is 503 and Telegram delivers the update again later.
/// </summary>
public static class WebhookEndpoint
{
    /// <summary>Maps POST on the path of <c>Telegram:WebhookUrl</c> to the bot.</summary>
    public static IEndpointConventionBuilder MapTelegramWebhook(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<TelegramOptions>>().Value;
        var path = new Uri(options.WebhookUrl!).AbsolutePath;
        return endpoints.MapPost(path, (Delegate)HandleAsync);
    }

    private static async Task<IResult> HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebhookEndpoint));
        if (!services.GetRequiredService<WebhookSecret>().Matches(context.Request.Headers[WebhookSecret.HeaderName]))
        {
            Diagnostics.WebhookRejected(logger, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            return Results.Unauthorized();
        }

        var lifecycle = services.GetRequiredService<BotLifecycle>();
        if (lifecycle.Me is null)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(context.Request.Body, JsonBotAPI.Options, context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            update = null;
        }

        if (update is null)
        {
            return Results.BadRequest();
        }

        try
        {
            await services.GetRequiredService<UpdateLedger>().NoteDeliveredAsync(update.Id, context.RequestAborted).ConfigureAwait(false);
            var outcome = await services.GetRequiredService<UpdateProcessor>().ProcessAsync(update, context.RequestAborted).ConfigureAwait(false);
            return outcome == UpdateOutcome.Deferred ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable) : Results.Ok();
        }
        catch (RequestException e) when (BotApiFailure.Of(e).IsFatal)
        {
            lifecycle.Stop(BotLifecycle.ExplainFatal(e, "sendMessage"));
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
    }
}
