namespace ClustER.Bot.Features.Newsletter;

/// <summary>
/// Whether members must ask for a kind of message or get it until they refuse (section <c>Consent</c>).
/// The newsletter is opt-in by default (marketing-like mail under GDPR); reminders of what a member follows
/// are opt-out, as they were before consent was recorded.
/// </summary>
public sealed class ConsentOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Consent";

    /// <summary><c>OptIn</c> or <c>OptOut</c> for the newsletter.</summary>
    public ConsentMode Newsletter { get; set; } = ConsentMode.OptIn;

    /// <summary><c>OptIn</c> or <c>OptOut</c> for reminders.</summary>
    public ConsentMode Reminders { get; set; } = ConsentMode.OptOut;
}

/// <summary>How silence counts.</summary>
public enum ConsentMode
{
    /// <summary>Only those who said yes.</summary>
    OptIn = 0,

    /// <summary>Everyone except those who said no.</summary>
    OptOut = 1,
}
