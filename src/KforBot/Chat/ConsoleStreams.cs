namespace KforBot.Chat;

/// <summary>Where the console chat reads questions and writes answers (the console, or a test's strings).</summary>
internal sealed record ConsoleStreams(TextReader Input, TextWriter Output, TextWriter Error)
{
    /// <summary>
    /// Reads the next line, or stops waiting for it when <paramref name="cancellationToken"/> is cancelled.
    /// <see cref="Console.In"/> reads synchronously even through ReadLineAsync, and a read that has begun cannot be
    /// cancelled, so Ctrl+C at the prompt left the host waiting 30 s for the chat to stop. The read runs on a pool
    /// thread instead and is abandoned on Ctrl+C; the process is exiting, so no line it might still return is lost.
    /// </summary>
    public Task<string?> ReadLineAsync(CancellationToken cancellationToken) =>
        Task.Run(Input.ReadLine, cancellationToken).WaitAsync(cancellationToken);
}
