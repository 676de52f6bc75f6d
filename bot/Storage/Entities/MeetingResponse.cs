namespace ClustER.Bot.Storage.Entities;

/// <summary>A participant's answer to a convocation; no row = not answered yet.</summary>
public sealed class MeetingResponse
{
    public int MeetingId { get; set; }

    public int PersonId { get; set; }

    /// <summary>The participant's organisation when they answered (proxies are between organisations).</summary>
    public int? OrganisationId { get; set; }

    public MeetingAnswer Answer { get; set; }

    /// <summary>The member organisation that holds the proxy, for <see cref="MeetingAnswer.Proxy"/>.</summary>
    public int? ProxyOrganisationId { get; set; }

    public DateTimeOffset AnsweredAt { get; set; }
}

/// <summary>The answers to a convocation.</summary>
public enum MeetingAnswer
{
    InPerson = 0,
    Online = 1,
    NotAttending = 2,

    /// <summary>Represented by another member organisation (delega).</summary>
    Proxy = 3,
}
