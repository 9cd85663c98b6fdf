"""The sales process, deals, stage history, activities and quotas."""
