using System.ComponentModel.DataAnnotations;

namespace KforBot.Conversation.Operators;

/// <summary>Who may run the operators' commands (<c>/reindex</c>, <c>/stats</c>), by their id on each channel that has them (section <c>Operators</c>).</summary>
public sealed class OperatorOptions : IValidatableObject
{
    public const string SectionName = "Operators";

    /// <summary>The Telegram user ids of the operators. Default: none, so nobody may run the commands.</summary>
    public IList<long> TelegramUserIds { get; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var id in TelegramUserIds.Where(id => id <= 0))
        {
            yield return new ValidationResult(
                $"Operators:TelegramUserIds must hold Telegram user ids (positive numbers, as @userinfobot shows them); {id} is not one.",
                [nameof(TelegramUserIds)]);
        }
    }
}
