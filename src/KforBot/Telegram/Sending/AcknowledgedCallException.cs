using Telegram.Bot.Exceptions;

namespace KforBot.Telegram.Sending;

/// <summary>Telegram acknowledged the call ("ok": true) but its result could not be read; it must not be made again.</summary>
internal sealed class AcknowledgedCallException(string method, RequestException inner)
    : Exception($"Telegram acknowledged {method}, but its result could not be read.", inner);
