using System.Text.Json.Nodes;

namespace ClustER.Jobs.Delivery;

/// <summary>
/// A message for one person, already written in their language: plain text (always, for channels and
/// notifications that do not render cards) and optionally an Adaptive Card.
/// </summary>
/// <param name="Text">The plain-text version.</param>
/// <param name="Card">The Adaptive Card, or null for a text message.</param>
/// <param name="Locale">The locale the message is written in, e.g. <c>it-IT</c>.</param>
public sealed record OutboundMessage(string Text, JsonObject? Card, string Locale);
