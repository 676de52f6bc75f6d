using ClustER.Bot.Localization;

namespace ClustER.Bot.Features.Reminders;

/// <summary>The reminder feature's strings (<c>Resources/Reminders.resx</c>).</summary>
internal static class RemindersTexts
{
    /// <summary>The texts.</summary>
    public static Texts Texts { get; } = Texts.For("Reminders");
}
