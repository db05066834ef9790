using Microsoft.Extensions.Hosting;

namespace KforBot.Conversation.Operators;

/// <summary>
/// Holds the host's stop (within its shutdown timeout) until a reindex an operator asked for has ended: cancelled by
/// the stop, it still tells the operator that the previous index stays in use, and the process does not exit first.
/// </summary>
internal sealed class ReindexStopWait(OperatorDesk operatorDesk) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await operatorDesk.WaitForReindexAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The shutdown timeout ran out first: the host stops without the report.
        }
    }
}
