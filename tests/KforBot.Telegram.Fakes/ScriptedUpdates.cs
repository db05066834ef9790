using System.Diagnostics;
using System.Text.Json.Nodes;

namespace KforBot.Telegram.Fakes;

/// <summary>
/// The fake server's update queue, with Telegram's offset rule: an update stays until a getUpdates call's offset is
/// greater than its id. Not thread-safe: <see cref="FakeBotApiServer"/> locks around it.
/// </summary>
internal sealed class ScriptedUpdates
{
    private readonly List<(long Id, JsonObject Update)> _pending = [];
    private readonly Dictionary<long, long> _deliveredAt = [];
    private readonly HashSet<long> _deliverTwice = [];
    private long _nextUpdateId = 100;

    public int PendingCount => _pending.Count;

    public long Add(JsonObject update)
    {
        var id = ++_nextUpdateId;
        update["update_id"] = id;
        _pending.Add((id, update));
        return id;
    }

    public void DeliverTwice(long updateId) => _deliverTwice.Add(updateId);

    public long? DeliveredAt(long updateId) => _deliveredAt.TryGetValue(updateId, out var at) ? at : null;

    /// <summary>Confirms the updates below <paramref name="offset"/> and returns up to <paramref name="limit"/> of the rest.</summary>
    public JsonArray Take(long? offset, int limit)
    {
        if (offset is { } confirmedBelow)
        {
            _pending.RemoveAll(u => u.Id < confirmedBelow);
        }

        var batch = new JsonArray();
        foreach (var (id, update) in _pending.Take(limit))
        {
            _deliveredAt.TryAdd(id, Stopwatch.GetTimestamp());
            batch.Add(update.DeepClone());
            if (_deliverTwice.Remove(id))
            {
                batch.Add(update.DeepClone());
            }
        }

        return batch;
    }
}
