"""Where conversations and handled events are kept between messages."""
