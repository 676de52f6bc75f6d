using System.ComponentModel.DataAnnotations;

namespace ClustER.Bot.Delivery;

/// <summary>
/// The pace of proactive messages (section <c>Delivery</c>). Teams allows 50 requests/s per app per tenant
/// and, per conversation, 7 per second, 8 per 2 seconds and 60 per 30 seconds; fan-outs stay below the
/// global limit so interactive replies keep room.
/// </summary>
public sealed class DeliveryOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Delivery";

    /// <summary>Proactive messages per second, all conversations together.</summary>
    [Range(0.1, 50)]
    public double MessagesPerSecond { get; set; } = 30;

    /// <summary>Messages to one conversation per second.</summary>
    [Range(1, 7)]
    public int PerConversationPerSecond { get; set; } = 7;

    /// <summary>Messages to one conversation per 2 seconds.</summary>
    [Range(1, 8)]
    public int PerConversationPer2Seconds { get; set; } = 8;

    /// <summary>Messages to one conversation per 30 seconds.</summary>
    [Range(1, 60)]
    public int PerConversationPer30Seconds { get; set; } = 60;
}
