using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KforBot.Telegram.Fakes;

/// <summary>
/// A Bot API server on 127.0.0.1 (a free port) for tests and benchmarks: it serves scripted updates through
/// getUpdates (long polling, offsets confirming updates as Telegram does), answers the other methods the bot uses,
/// records every call, and fails or holds the next call of a method on request.
/// </summary>
public sealed class FakeBotApiServer : IAsyncDisposable
{
    /// <summary>A token of the right shape; tests check it never shows up in logs.</summary>
    public const string DefaultToken = "4242424242:AAtest-TOKEN_never-in-logs-0123456789xyz";
    public const long BotId = 4242424242;
    public const string BotUsername = "KforTestBot";

    private readonly WebApplication _app;
    private readonly string _token;
    private readonly Lock _lock = new();
    private readonly ScriptedUpdates _updates = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Dictionary<string, Queue<BotApiFault>> _faults = [];
    private readonly CancellationTokenSource _stopping = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextSentMessageId = 5000;

    private FakeBotApiServer(WebApplication app, string token)
    {
        _app = app;
        _token = token;
        app.Run(HandleAsync);
    }

    /// <summary>Raised for every call as it arrives (before any fault applies), on the request's thread.</summary>
    public event Action<RecordedRequest>? RequestReceived;

    public Uri BaseUrl { get; private set; } = null!;

    public string Token => _token;

    /// <summary>Every call received so far, in order of arrival.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    /// <param name="token">The token it accepts.</param>
    /// <param name="port">The port to listen on; by default a free one.</param>
    public static async Task<FakeBotApiServer> StartAsync(string token = DefaultToken, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var server = new FakeBotApiServer(builder.Build(), token);
        await server._app.StartAsync().ConfigureAwait(false);
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address);
        return server;
    }

    /// <summary>Queues an update (built with <see cref="FakeUpdates"/>) and returns its update_id.</summary>
    public long Enqueue(JsonObject update)
    {
        lock (_lock)
        {
            var id = _updates.Add(update);
            SignalLocked();
            return id;
        }
    }

    /// <summary>The next getUpdates that carries this update carries it twice, as a server may after a retry.</summary>
    public void DeliverTwice(long updateId)
    {
        lock (_lock)
        {
            _updates.DeliverTwice(updateId);
        }
    }

    /// <summary>Fails (or holds) the next call of <paramref name="method"/>; several faults apply to successive calls.</summary>
    public void InjectFault(string method, BotApiFault fault)
    {
        lock (_lock)
        {
            if (!_faults.TryGetValue(method, out var queue))
            {
                queue = new Queue<BotApiFault>();
                _faults[method] = queue;
            }

            queue.Enqueue(fault);
        }
    }

    /// <summary>When getUpdates first handed out the update (Stopwatch timestamp), or null.</summary>
    public long? DeliveredAt(long updateId)
    {
        lock (_lock)
        {
            return _updates.DeliveredAt(updateId);
        }
    }

    /// <summary>Updates not yet confirmed by an offset.</summary>
    public int PendingCount
    {
        get
        {
            lock (_lock)
            {
                return _updates.PendingCount;
            }
        }
    }

    public IReadOnlyList<RecordedRequest> RequestsFor(string method) => Requests.Where(r => r.Method == method).ToList();

    /// <summary>Waits until at least <paramref name="count"/> calls of <paramref name="method"/> arrived.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(string method, int count, TimeSpan? timeout = null)
    {
        await WaitUntilAsync(() => RequestsFor(method).Count >= count, $"{count} {method} calls", timeout).ConfigureAwait(false);
        return RequestsFor(method);
    }

    /// <summary>Waits until <paramref name="condition"/> holds; re-checked after every call the server receives.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        // A deadline against a hung test, not a timing assertion: the condition is met in milliseconds when all is well.
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                changed = _changed.Task;
            }

            if (condition())
            {
                return;
            }

            try
            {
                await changed.WaitAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                var seen = string.Join(", ", Requests.GroupBy(r => r.Method).Select(g => $"{g.Key}×{g.Count()}"));
                throw new TimeoutException($"The fake Bot API server did not see {what}; it received: {seen}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var slash = path.LastIndexOf('/');
        if (!path.StartsWith("/bot", StringComparison.Ordinal) || slash < 4)
        {
            await WriteAsync(context, 404, Error(404, "Not Found")).ConfigureAwait(false);
            return;
        }

        var token = path[4..slash];
        var method = path[(slash + 1)..];
        var body = await ReadBodyAsync(context).ConfigureAwait(false);
        BotApiFault? fault;
        var request = new RecordedRequest(method, body, Stopwatch.GetTimestamp());
        lock (_lock)
        {
            _requests.Add(request);
            fault = _faults.TryGetValue(method, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
            SignalLocked();
        }

        RequestReceived?.Invoke(request);

        if (token != _token)
        {
            await WriteAsync(context, 401, Error(401, "Unauthorized")).ConfigureAwait(false);
            return;
        }

        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        switch (fault)
        {
            case BotApiFault.ErrorFault error:
                var envelope = Error(error.Code, error.Description);
                if (error.RetryAfter is not null || error.MigrateToChatId is not null)
                {
                    envelope["parameters"] = new JsonObject { ["retry_after"] = error.RetryAfter, ["migrate_to_chat_id"] = error.MigrateToChatId };
                }

                await WriteAsync(context, error.Code, envelope).ConfigureAwait(false);
                return;
            case BotApiFault.RawBodyFault raw:
                context.Response.StatusCode = raw.Status;
                context.Response.ContentType = raw.ContentType;
                await context.Response.WriteAsync(raw.Body, aborted.Token).ConfigureAwait(false);
                return;
            case BotApiFault.ResetFault:
                context.Abort();
                return;
            case BotApiFault.HangFault:
                await WaitQuietlyAsync(Task.Delay(Timeout.Infinite, aborted.Token)).ConfigureAwait(false);
                return;
            case BotApiFault.HoldFault hold:
                await WaitQuietlyAsync(hold.Release.WaitAsync(aborted.Token)).ConfigureAwait(false);
                break;
        }

        var result = method switch
        {
            "getUpdates" => await GetUpdatesAsync(body, aborted.Token).ConfigureAwait(false),
            // Telegram's bot id is the token's first part.
            "getMe" => new JsonObject { ["id"] = long.Parse(_token.AsSpan(0, _token.IndexOf(':', StringComparison.Ordinal)), CultureInfo.InvariantCulture), ["is_bot"] = true, ["first_name"] = "KFOR Bot", ["username"] = BotUsername },
            "sendMessage" or "editMessageText" or "editMessageReplyMarkup" => SentMessage(body),
            _ => JsonValue.Create(true),
        };
        await WriteAsync(context, 200, new JsonObject { ["ok"] = true, ["result"] = result }).ConfigureAwait(false);
    }

    private async Task<JsonNode> GetUpdatesAsync(JsonObject body, CancellationToken cancellationToken)
    {
        var offset = body["offset"]?.GetValue<long>();
        var limit = body["limit"]?.GetValue<int>() ?? 100;
        var timeout = TimeSpan.FromSeconds(body["timeout"]?.GetValue<int>() ?? 0);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(timeout);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                var batch = _updates.Take(offset, limit);
                if (batch.Count > 0 || wait.IsCancellationRequested)
                {
                    return batch;
                }

                changed = _changed.Task;
            }

            await WaitQuietlyAsync(changed.WaitAsync(wait.Token)).ConfigureAwait(false);
        }
    }

    /// <summary>The call's JSON object; a call without parameters (getMe) comes with an empty body.</summary>
    private static async Task<JsonObject> ReadBodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        return buffer.Length == 0 ? [] : JsonNode.Parse(buffer.ToArray()) as JsonObject ?? [];
    }

    private JsonObject SentMessage(JsonObject body)
    {
        var chatId = body["chat_id"]?.GetValue<long>() ?? 0;
        return new JsonObject
        {
            ["message_id"] = body["message_id"]?.GetValue<long>() ?? Interlocked.Increment(ref _nextSentMessageId),
            ["date"] = 1_700_000_000,
            ["chat"] = FakeUpdates.Chat(chatId, chatId < 0 ? "supergroup" : "private"),
            ["from"] = new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "KFOR Bot", ["username"] = BotUsername },
            ["text"] = body["text"]?.GetValue<string>(),
        };
    }

    private void SignalLocked()
    {
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }

    private static JsonObject Error(int code, string description) =>
        new() { ["ok"] = false, ["error_code"] = code, ["description"] = description };

    private static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        try
        {
            await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The client went away (it timed out or stopped); nothing to answer.
        }
    }

    private static async Task WaitQuietlyAsync(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Cancelled by the client leaving, the server stopping, or a long poll's time running out.
        }
        catch (TimeoutException)
        {
        }
    }
}
