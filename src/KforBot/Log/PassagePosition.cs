using KforBot.Answering;

namespace KforBot.Log;

/// <summary>
/// A quoted passage's position within its article, which stays the same from one index build to the next (the
/// passage id does not). The answer carries the position only inside the id, whose low 28 bits hold it; this is
/// the one place that knows, until the answer states the position itself.
/// </summary>
internal static class PassagePosition
{
    private const int PositionBits = 28;

    public static int Of(QuotedPassage passage) => (int)(passage.PassageId & ((1L << PositionBits) - 1));
}
