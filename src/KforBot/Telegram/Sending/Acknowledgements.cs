using System.Runtime.CompilerServices;
using System.Text.Json;

namespace KforBot.Telegram.Sending;

/// <summary>
/// Notes, for the call that asks (<see cref="Watch"/>), whether Telegram acknowledged it: HTTP 2xx with a body whose
/// <c>ok</c> is true. Telegram.Bot throws the same exception for such a body with a result it cannot read (a Bot API
/// emulator that dates messages in milliseconds) as for a proxy's page that never reached Telegram; only the first
/// may not be sent again, or the user gets the message twice.
/// </summary>
internal sealed class Acknowledgements : DelegatingHandler
{
    private static readonly AsyncLocal<StrongBox<bool>?> Current = new();

    /// <summary>Starts noting the calls made from here on in this flow; the box says whether the last one was acknowledged.</summary>
    public static StrongBox<bool> Watch() => Current.Value = new StrongBox<bool>();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (Current.Value is { } acknowledged)
        {
            acknowledged.Value = response.IsSuccessStatusCode && await SaysOkAsync(response.Content, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }

    private static async Task<bool> SaysOkAsync(HttpContent content, CancellationToken cancellationToken)
    {
        // Buffered, so Telegram.Bot reads the same body after this.
        await content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
