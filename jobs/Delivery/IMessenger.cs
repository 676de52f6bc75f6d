namespace ClustER.Jobs.Delivery;

/// <summary>Sends a message to a person's 1:1 chat with the bot, opening the chat if needed.</summary>
public interface IMessenger
{
    /// <summary>Sends <paramref name="message"/> to <paramref name="personId"/>; never throws for delivery failures.</summary>
    Task<DeliveryResult> SendAsync(int personId, OutboundMessage message, CancellationToken cancellationToken);

    /// <summary>Replaces a message sent earlier (e.g. to refresh a card).</summary>
    Task<DeliveryResult> UpdateAsync(int personId, string activityId, OutboundMessage message, CancellationToken cancellationToken);
}
