namespace ActorGraph.Storage;

/// <summary>The store cannot be reached (a server down, a file locked): an operational failure, not the user's input.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
