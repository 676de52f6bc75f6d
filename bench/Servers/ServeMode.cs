namespace ClustER.Bench.Servers;

/// <summary>
/// The child-process side: <c>serve bot DATA_DIR [Key=Value ...]</c> or <c>serve baseline</c> starts one server on a free
/// loopback port, prints <c>LISTENING url</c> and runs until killed. Each target runs in its own process so
/// its memory and CPU are its own.
/// </summary>
internal static class ServeMode
{
    /// <summary>The line a server prints when it accepts requests.</summary>
    public const string ListeningPrefix = "LISTENING ";

    /// <summary>Runs the server named by <paramref name="args"/>.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        switch (args)
        {
            case ["bot", var dataDirectory, .. var settings]:
                await BotServer.RunAsync(dataDirectory, settings);
                return 0;
            case ["baseline"]:
                await BaselineServer.RunAsync();
                return 0;
            default:
                Console.Error.WriteLine("usage: serve bot DATA_DIR [Key=Value ...] | serve baseline");
                return 2;
        }
    }
}
