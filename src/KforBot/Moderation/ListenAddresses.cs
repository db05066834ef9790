using System.Net;

namespace KforBot.Moderation;

/// <summary>
/// Where the site may listen. Plain HTTP carries passwords and sign-in cookies in the clear, so it is for this machine
/// only (a TLS proxy in front forwards to it), unless <see cref="ModerationOptions.BehindTlsProxy"/> says a proxy on
/// another machine terminates TLS.
/// </summary>
internal static class ListenAddresses
{
    /// <summary>Null when every address of <paramref name="urls"/> (separated by ';') is acceptable, else why not, naming the setting.</summary>
    public static string? Problem(string urls, bool behindTlsProxy)
    {
        if (behindTlsProxy)
        {
            return null;
        }

        var open = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(IsOpenPlainHttp).ToList();
        return open.Count == 0
            ? null
            : $"The moderators' site will not listen at {string.Join(", ", open)}: that is plain HTTP on an address other machines can reach, so passwords and sign-in cookies would cross the network unencrypted. " +
              $"Listen on 127.0.0.1 (e.g. --urls http://127.0.0.1:5080) behind a reverse proxy with TLS, or, if a TLS proxy already stands in front of this address, set {ModerationOptions.SectionName}:{nameof(ModerationOptions.BehindTlsProxy)} to true.";
    }

    private static bool IsOpenPlainHttp(string url)
    {
        if (!url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Kestrel's wildcards ("*", "+", "0.0.0.0", "[::]") are every interface; Uri cannot parse the first two.
        var rest = url["http://".Length..];
        var host = rest.StartsWith('[') ? rest[..(rest.IndexOf(']', StringComparison.Ordinal) + 1)] : rest.Split(':', '/')[0];
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return !IPAddress.TryParse(host.Trim('[', ']'), out var address) || !IPAddress.IsLoopback(address);
    }
}
