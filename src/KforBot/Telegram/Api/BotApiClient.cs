using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Telegram.Api;

/// <summary>
/// A small Bot API client: one POST with a JSON body per method, the response envelope read and turned into a
/// result or a <see cref="BotApiException"/>. It does not retry; <see cref="BotApiRetry"/> does, for the calls that must get through.
/// The token is part of every URL, so URLs are never logged nor put in exceptions (HttpClient's own logging is removed at registration).
/// </summary>
internal sealed class BotApiClient
{
    private static readonly BotApiJsonContext Json = BotApiJsonContext.Default;
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly ILogger<BotApiClient> _logger;
    private readonly string _methodUrlPrefix;
    private readonly TimeSpan _requestTimeout;

    public BotApiClient(HttpClient http, IOptions<TelegramOptions> options, ILogger<BotApiClient> logger)
    {
        _http = http;
        _logger = logger;
        _methodUrlPrefix = $"{options.Value.ApiBaseUrl.TrimEnd('/')}/bot{options.Value.BotToken}/";
        _requestTimeout = options.Value.RequestTimeout;
    }

    public Task<User> GetMeAsync(CancellationToken cancellationToken) =>
        CallAsync("getMe", new EmptyRequest(), Json.EmptyRequest, Json.ApiResponseUser, TimeSpan.Zero, cancellationToken);

    /// <summary>Long polling: the server holds the call up to <see cref="GetUpdatesRequest.Timeout"/> seconds, so the call's own timeout is that much longer.</summary>
    public Task<IReadOnlyList<Update>> GetUpdatesAsync(GetUpdatesRequest request, CancellationToken cancellationToken) =>
        CallAsync("getUpdates", request, Json.GetUpdatesRequest, Json.ApiResponseIReadOnlyListUpdate, TimeSpan.FromSeconds(request.Timeout), cancellationToken);

    public Task<Message> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken) =>
        CallAsync("sendMessage", request, Json.SendMessageRequest, Json.ApiResponseMessage, TimeSpan.Zero, cancellationToken);

    public Task<JsonElement> EditMessageTextAsync(EditMessageTextRequest request, CancellationToken cancellationToken) =>
        CallAsync("editMessageText", request, Json.EditMessageTextRequest, Json.ApiResponseJsonElement, TimeSpan.Zero, cancellationToken);

    public Task<JsonElement> EditMessageReplyMarkupAsync(EditMessageReplyMarkupRequest request, CancellationToken cancellationToken) =>
        CallAsync("editMessageReplyMarkup", request, Json.EditMessageReplyMarkupRequest, Json.ApiResponseJsonElement, TimeSpan.Zero, cancellationToken);

    public Task<bool> AnswerCallbackQueryAsync(AnswerCallbackQueryRequest request, CancellationToken cancellationToken) =>
        CallAsync("answerCallbackQuery", request, Json.AnswerCallbackQueryRequest, Json.ApiResponseBoolean, TimeSpan.Zero, cancellationToken);

    public Task<bool> SendChatActionAsync(SendChatActionRequest request, CancellationToken cancellationToken) =>
        CallAsync("sendChatAction", request, Json.SendChatActionRequest, Json.ApiResponseBoolean, TimeSpan.Zero, cancellationToken);

    public Task<bool> SetMyCommandsAsync(SetMyCommandsRequest request, CancellationToken cancellationToken) =>
        CallAsync("setMyCommands", request, Json.SetMyCommandsRequest, Json.ApiResponseBoolean, TimeSpan.Zero, cancellationToken);

    public Task<bool> SetWebhookAsync(SetWebhookRequest request, CancellationToken cancellationToken) =>
        CallAsync("setWebhook", request, Json.SetWebhookRequest, Json.ApiResponseBoolean, TimeSpan.Zero, cancellationToken);

    public Task<bool> DeleteWebhookAsync(DeleteWebhookRequest request, CancellationToken cancellationToken) =>
        CallAsync("deleteWebhook", request, Json.DeleteWebhookRequest, Json.ApiResponseBoolean, TimeSpan.Zero, cancellationToken);

    private async Task<TResult> CallAsync<TRequest, TResult>(
        string method,
        TRequest request,
        JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<ApiResponse<TResult>> responseType,
        TimeSpan extraTime,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var message = new HttpRequestMessage(HttpMethod.Post, _methodUrlPrefix + method);
        message.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(request, requestType));
        message.Content.Headers.ContentType = JsonMediaType;

        // Network timeouts run on the real clock on purpose: a test clock must not cut a real HTTP call short.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_requestTimeout + extraTime);
        int status;
        byte[] body;
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.ApiCallFailed(_logger, method, "timed out", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw new BotApiException(method, BotApiErrorKind.Timeout, 0, $"no answer within {(_requestTimeout + extraTime).TotalSeconds:0.###} s");
        }
        catch (HttpRequestException e)
        {
            Log.ApiCallFailed(_logger, method, e.HttpRequestError.ToString(), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            // The inner exception is left out: some handlers put the request URI, and so the token, in their messages.
            throw new BotApiException(method, BotApiErrorKind.Connection, 0, $"the connection failed ({e.HttpRequestError})");
        }

        Log.ApiCall(_logger, method, status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return ReadResult(method, status, body, responseType);
    }

    private static TResult ReadResult<TResult>(string method, int status, byte[] body, JsonTypeInfo<ApiResponse<TResult>> responseType)
    {
        ApiResponse<TResult>? envelope;
        try
        {
            envelope = body.Length == 0 ? null : JsonSerializer.Deserialize(body, responseType);
        }
        catch (JsonException)
        {
            envelope = null;
        }

        if (envelope is null || (!envelope.Ok && envelope.ErrorCode is null && envelope.Description is null))
        {
            var what = body.Length == 0 ? "an empty body" : "a body that is not a Bot API response";
            throw new BotApiException(method, status >= 400 ? BotApiException.KindOf(status) : BotApiErrorKind.MalformedResponse, 0, $"HTTP {status} with {what}");
        }

        if (!envelope.Ok)
        {
            var code = envelope.ErrorCode ?? status;
            var retryAfter = envelope.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
            throw new BotApiException(method, BotApiException.KindOf(code), code, envelope.Description ?? "no description", retryAfter, envelope.Parameters?.MigrateToChatId);
        }

        if (envelope.Result is null or JsonElement { ValueKind: JsonValueKind.Undefined or JsonValueKind.Null })
        {
            throw new BotApiException(method, BotApiErrorKind.MalformedResponse, 0, $"HTTP {status}: ok without a result");
        }

        return envelope.Result;
    }
}
