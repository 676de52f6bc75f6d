namespace ClustER.Bot.Storage.Entities;

/// <summary>A person's membership of the working group of a strategic priority (1-11).</summary>
public sealed class WorkingGroupMembership
{
    public int PersonId { get; set; }

    public Person? Person { get; set; }

    /// <summary>The strategic priority number, 1 to 11.</summary>
    public int Priority { get; set; }

    public bool IsCoordinator { get; set; }
}
