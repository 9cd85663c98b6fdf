"""The shipped instrument files (`<key>.v<version>.yaml`)."""
