namespace ClustER.Bot.Storage.Entities;

/// <summary>A member organisation of the association.</summary>
public sealed class Organisation
{
    public int Id { get; set; }

    /// <summary>The organisation's name, unique in the directory.</summary>
    public required string Name { get; set; }

    public OrganisationType Type { get; set; }

    /// <summary>City or province, e.g. Bologna.</summary>
    public string? City { get; set; }

    public ICollection<Person> People { get; } = [];
}

/// <summary>The kinds of member organisation.</summary>
public enum OrganisationType
{
    Company = 0,
    Sme = 1,
    Startup = 2,
    Hospital = 3,
    University = 4,
    ResearchCentre = 5,
    Association = 6,
    PublicBody = 7,
}
