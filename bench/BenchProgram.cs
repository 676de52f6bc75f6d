using ClustER.Bench.Scenarios;
using ClustER.Bench.Servers;

namespace ClustER.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench -- [scenario ...] [options]</c> runs benchmark scenarios and prints
/// a table; <c>serve bot|baseline</c> is the child-process mode the scenarios start their servers in.
/// </summary>
internal static class BenchProgram
{
    private static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "serve")
        {
            return await ServeMode.RunAsync(args[1..]);
        }

        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(BenchOptions.Usage);
            return 2;
        }

        if (options.ListOnly)
        {
            foreach (IBenchScenario scenario in BenchScenarios.All)
            {
                Console.WriteLine($"{scenario.Name,-12} {scenario.Description}");
            }

            return 0;
        }

        BenchMachine.Print();
        bool allMet = true;
        foreach (IBenchScenario scenario in options.Scenarios)
        {
            Console.WriteLine();
            allMet &= await scenario.RunAsync(options, CancellationToken.None);
        }

        return allMet ? 0 : 1;
    }
}
