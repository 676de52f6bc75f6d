namespace ClustER.Bot.Storage.Configurations;

/// <summary>Column lengths shared by the entity configurations, so the same kind of value has one size.</summary>
internal static class StorageLimits
{
    /// <summary>Enum names, channel ids, kinds: short codes.</summary>
    public const int EnumText = 64;

    /// <summary>Cities, time zones, subject ids.</summary>
    public const int ShortText = 128;

    /// <summary>Names of people and organisations.</summary>
    public const int Name = 200;

    /// <summary>RFC 5321 caps an address at 254 characters; a little slack for bad data kept visible.</summary>
    public const int Email = 320;

    /// <summary>Entra object ids (GUIDs) and tenant ids, with room for the Playground's longer mock ids.</summary>
    public const int AadObjectId = 64;

    /// <summary>Teams channel account ids (<c>29:...</c>) and activity ids.</summary>
    public const int ChannelId = 256;

    /// <summary>Teams conversation ids, which can carry a thread suffix; within SQL Server's index key limit.</summary>
    public const int ConversationId = 400;

    /// <summary>Service URLs.</summary>
    public const int Url = 512;

    /// <summary>Error texts kept for operators.</summary>
    public const int LongText = 2000;
}
