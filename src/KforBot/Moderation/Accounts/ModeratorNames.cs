namespace KforBot.Moderation.Accounts;

/// <summary>What a moderator's name and password must be, said in words a person can act on.</summary>
internal static class ModeratorNames
{
    public const int MaximumLength = 64;

    /// <summary>Null when the name is usable, else why not.</summary>
    public static string? Problem(string name) =>
        name.Length is 0 or > MaximumLength || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@')
            ? $"A moderator's name is 1 to {MaximumLength} letters, digits, '.', '-', '_' or '@' (got '{name}')."
            : null;

    /// <summary>Null when the password is long enough, else why not.</summary>
    public static string? PasswordProblem(string password) =>
        password.Length < ModerationOptions.MinimumPasswordLength
            ? $"The password must be at least {ModerationOptions.MinimumPasswordLength} characters long (a few unrelated words make a good one)."
            : null;
}
