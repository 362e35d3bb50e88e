from django.dispatch import Signal

# Sent by `build_course` (inside its transaction) with `course` and `modules` ({number: ModulePage}),
# so apps that add to the shipped course (quizzes) can build their part the same idempotent way.
course_built = Signal()
