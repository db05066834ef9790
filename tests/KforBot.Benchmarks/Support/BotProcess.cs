using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace KforBot.Benchmarks.Support;

/// <summary>
/// The bot's own command line (<c>KforBot.dll</c>, built beside the benchmarks) run as a child process, so its
/// start-up time and memory are measured as a user would see them: one line in, one line out. Settings the command
/// line has no option for are passed as environment variables (<c>Answering__WordsWeight</c>), as a user would.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _errors = new();

    private BotProcess(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_errors)
            {
                _errors.AppendLine(e.Data);
            }
        };
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    public static BotProcess Start(params string[] args) => Start(args, environment: null);

    /// <param name="environment">Settings for the bot, e.g. <c>Answering__WordsWeight</c>; null for none.</param>
    public static BotProcess Start(IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment) =>
        Start(Path.Combine(AppContext.BaseDirectory, "KforBot.dll"), args, environment);

    /// <summary>
    /// The bot's <c>ask --json --batch</c> with synthetic passage vectors (<see cref="Scale.SyntheticVectorBot"/>),
    /// run from the benchmarks' own executable: the bot's code, another encoder for passages.
    /// </summary>
    public static BotProcess StartWithSyntheticVectors(IReadOnlyList<string> location) =>
        Start(typeof(BotProcess).Assembly.Location, [Scale.SyntheticVectorBot.CommandName, .. location], environment: null);

    private static BotProcess Start(string bot, IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment)
    {
        if (!File.Exists(bot))
        {
            throw new FileNotFoundException($"The bot is not built beside the benchmarks: {bot}");
        }

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            StandardInputEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(bot);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Log lines would cost time on standard error; warnings and errors still show.
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return new BotProcess(Process.Start(start)!);
    }

    /// <summary>Runs the bot to its end, sampling its peak memory until it exits.</summary>
    public static Task<BotRun> RunAsync(string[] args, string input, CancellationToken cancellationToken) =>
        RunAsync(args, input, environment: null, cancellationToken);

    /// <summary>Runs the bot to its end with settings in its environment, sampling its peak memory until it exits.</summary>
    public static async Task<BotRun> RunAsync(string[] args, string input, IReadOnlyDictionary<string, string>? environment, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var bot = Start(args, environment);
        var output = bot._process.StandardOutput.ReadToEndAsync(cancellationToken);
        await bot._process.StandardInput.WriteAsync(input).ConfigureAwait(false);
        bot._process.StandardInput.Close();
        long peak = 0;
        while (!bot._process.HasExited)
        {
            peak = Math.Max(peak, bot.PeakResidentBytes());
            await Task.Delay(20, cancellationToken).ConfigureAwait(false);
        }

        await bot._process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return new BotRun(bot._process.ExitCode, Stopwatch.GetElapsedTime(started), peak, await output.ConfigureAwait(false), bot.Errors);
    }

    /// <summary>Sends one line and waits for the one line the bot answers with.</summary>
    public async Task<string> ExchangeAsync(string line, CancellationToken cancellationToken)
    {
        await _process.StandardInput.WriteLineAsync(line).ConfigureAwait(false);
        await _process.StandardInput.FlushAsync(cancellationToken).ConfigureAwait(false);
        return await _process.StandardOutput.ReadLineAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The bot stopped before answering: {Errors}");
    }

    /// <summary>
    /// Sends every line at once and reads the answers as they come, as a batch from a file would be answered.
    /// </summary>
    /// <returns>The time from the first line sent to the last answer read.</returns>
    public async Task<TimeSpan> ExchangeAllAsync(IReadOnlyList<string> lines, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        // Written while the answers are read: a pipe's buffer would otherwise fill up on both sides.
        var writing = Task.Run(
            async () =>
            {
                foreach (var line in lines)
                {
                    await _process.StandardInput.WriteLineAsync(line).ConfigureAwait(false);
                }

                await _process.StandardInput.FlushAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
        for (var i = 0; i < lines.Count; i++)
        {
            _ = await _process.StandardOutput.ReadLineAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The bot stopped after {i} of {lines.Count} answers: {Errors}");
        }

        await writing.ConfigureAwait(false);
        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>The process's peak resident memory so far (VmHWM); 0 where /proc is not available.</summary>
    public long PeakResidentBytes()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process has just exited, or this is not Linux: the last sample stands.
        }

        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }
}

/// <summary>How a bot run ended.</summary>
internal sealed record BotRun(int ExitCode, TimeSpan Elapsed, long PeakResidentBytes, string Output, string Errors);
