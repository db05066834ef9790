namespace KforBot.Answering;

/// <summary>
/// The fitted model the answerer uses: the one compiled into the bot, unless the fitting command puts the one it is
/// fitting in its place to measure it.
/// </summary>
internal sealed class AnsweringModels
{
    public LinearModel Answerability { get; set; } = LinearModel.Answerability;
}
