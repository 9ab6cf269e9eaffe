namespace ActorGraph;

/// <summary>
/// The user's input is wrong (unknown actor, unknown measure, bad filter, bad file). The CLI exits with 2 and
/// the API answers 400 with the message as ProblemDetails; nothing is written.
/// </summary>
public class BadInputException(string message) : Exception(message);
