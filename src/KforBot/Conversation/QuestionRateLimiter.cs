namespace KforBot.Conversation;

/// <summary>
/// At most <paramref name="questionsPerMinute"/> questions per user in any 60 seconds, for a channel that many people
/// write to (Telegram: <c>Telegram:QuestionsPerUserPerMinute</c>). A user over the limit is told to wait once
/// (<see cref="Replies.PleaseWait"/>); further questions in the same stretch are dropped silently, so the notice
/// itself cannot flood.
/// </summary>
internal sealed class QuestionRateLimiter(int questionsPerMinute, TimeProvider timeProvider)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Lock _lock = new();
    private readonly Dictionary<long, UserWindow> _users = [];
    private int _checks;

    public RateDecision Check(long userId)
    {
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            if (++_checks % 1000 == 0)
            {
                Forget(now);
            }

            if (!_users.TryGetValue(userId, out var user))
            {
                user = new UserWindow();
                _users[userId] = user;
            }

            while (user.Asked.Count > 0 && now - user.Asked.Peek() >= Window)
            {
                user.Asked.Dequeue();
            }

            if (user.Asked.Count < questionsPerMinute)
            {
                user.Asked.Enqueue(now);
                user.Warned = false;
                return new RateDecision(true, TimeSpan.Zero, false);
            }

            var wait = Window - (now - user.Asked.Peek());
            var notify = !user.Warned;
            user.Warned = true;
            return new RateDecision(false, wait, notify);
        }
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (userId, _) in _users.Where(pair => pair.Value.Asked.Count == 0 || now - pair.Value.Asked.Last() >= Window).ToList())
        {
            _users.Remove(userId);
        }
    }

    private sealed class UserWindow
    {
        public Queue<DateTimeOffset> Asked { get; } = new();

        public bool Warned { get; set; }
    }
}

/// <summary>Whether a question may be answered now; if not, how long until it may and whether to say so.</summary>
internal readonly record struct RateDecision(bool Allowed, TimeSpan RetryAfter, bool Notify);
