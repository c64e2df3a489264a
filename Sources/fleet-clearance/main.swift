import FleetClearanceHost
import Glibc

exit(HostCommand.run(arguments: Array(CommandLine.arguments.dropFirst())))
