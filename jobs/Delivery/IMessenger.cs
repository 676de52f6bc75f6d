namespace ClustER.Jobs.Delivery;

/// <summary>Sends a message to a person's 1:1 chat with the bot, opening the chat if needed.</summary>
public interface IMessenger
{
    /// <summary>Sends <paramref name="message"/> to <paramref name="personId"/>; never throws for delivery failures.</summary>
    Task<DeliveryResult> SendAsync(int personId, OutboundMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Sends like <see cref="SendAsync(int, OutboundMessage, CancellationToken)"/>, but calls <paramref name="commit"/> at the
    /// last moment before the Connector call (after any pacing wait); when it returns false nothing is sent and null is returned.
    /// This keeps the window in which a crash leaves a delivery uncertain as short as the call itself.
    /// </summary>
    async Task<DeliveryResult?> SendAsync(int personId, OutboundMessage message, Func<CancellationToken, Task<bool>> commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        return await commit(cancellationToken) ? await SendAsync(personId, message, cancellationToken) : null;
    }

    /// <summary>Replaces a message sent earlier (e.g. to refresh a card).</summary>
    Task<DeliveryResult> UpdateAsync(int personId, string activityId, OutboundMessage message, CancellationToken cancellationToken);
}
