import PlanModel

exit(VerbeterCLI.run(arguments: Array(CommandLine.arguments.dropFirst())))
