import PlanModel

print("verbeter \(VerbeterVersion.text)")
