using System.CommandLine;
using ActorGraph.Ingest;

namespace ActorGraph.Cli;

internal static class SampleCommand
{
    public static Command Create()
    {
        var command = new Command("sample", "Load the sample story (Kutcher, the SPD and chat control; the 2012 global alliance); safe to repeat");
        command.SetWritingStoreAction(async (_, store, ct) =>
        {
            var result = await SampleStory.LoadAsync(store, ct);
            Console.Out.WriteLine($"Sample story loaded: {result.RelationsAdded} relations added ({result.RelationsAlreadyStored} were already stored), " +
                                  $"{result.ActorsWritten} actors and {result.DocumentsWritten} documents written.");
            return CliRunner.Ok;
        });
        return command;
    }
}
