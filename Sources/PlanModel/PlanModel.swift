// PlanModel: placeholder, filled in by the core.
