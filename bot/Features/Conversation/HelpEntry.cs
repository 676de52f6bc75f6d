namespace ClustER.Bot.Features.Conversation;

/// <summary>One line of the help card: what the bot can do and an example of how to ask.</summary>
/// <param name="Title">What the capability is, in the member's language.</param>
/// <param name="Example">An example message, in the member's language.</param>
/// <param name="StaffOnly">True for staff commands, shown to staff only.</param>
public sealed record HelpEntry(string Title, string Example, bool StaffOnly = false);

/// <summary>A feature that adds lines to the help card; the help shows what is really there.</summary>
public interface IHelpContributor
{
    /// <summary>The order among contributors (lower first).</summary>
    int Order { get; }

    /// <summary>The feature's help lines in <paramref name="language"/>.</summary>
    IEnumerable<HelpEntry> GetEntries(string language);
}
